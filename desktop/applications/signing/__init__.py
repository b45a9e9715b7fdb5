"""The signing ceremony: the agreement read in the customer's language, the consent to
sign electronically, the signature on the pad, the signed PDF kept and recorded, and the
customer's copy printed or saved."""

from desktop.applications.signing.ceremony import SigningCeremony

__all__ = ["SigningCeremony"]
