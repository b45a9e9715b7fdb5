"""The central API: enrolment, sign-in, pull, push, live changes and the web channel."""
