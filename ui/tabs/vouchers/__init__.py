"""The "Other expenses & receipts" tab: receipts, payment vouchers and discharge
slips typed at the cash desk, posted and printed; their list, reprints, voids and export."""
