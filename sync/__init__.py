"""Omnidesk core: shared data model, rules, sync protocol, client engine and API."""
