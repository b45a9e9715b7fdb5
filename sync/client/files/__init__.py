"""Files of applications on a device: kept encrypted (`store`), queued for upload
(`uploads`) and moved to and from the central API after the rows (`transfer`)."""
