"""The Collections tab: customers, their invoices and credit notes, payments and
receipts, customer history, aged balance and dunning."""
