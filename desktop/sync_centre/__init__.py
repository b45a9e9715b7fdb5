"""The sync centre: changes waiting to be sent, refusals to deal with, past decisions."""
