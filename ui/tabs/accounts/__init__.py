"""The chart-of-accounts tab: the account tree with balances at a date, and adding,
renaming, deactivating accounts."""
