"""The desktop's side of sync, headless: the local replica, the outbox, pull and push.

Nothing here imports Qt: the desktop app and the command line both drive it.
"""
