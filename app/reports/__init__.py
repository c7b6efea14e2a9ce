"""Reports for managers, read from the store."""
