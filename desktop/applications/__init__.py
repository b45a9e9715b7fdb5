"""The applications desk: the branch's (or contact centre's) queue of loan and order
applications, and one application opened: applicant, offer, documents, identity and
consents, its history, and the next step (sign, submit, approve or reject)."""
