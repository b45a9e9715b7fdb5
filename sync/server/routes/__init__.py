"""One router per concern, collected by sync.server.app."""
