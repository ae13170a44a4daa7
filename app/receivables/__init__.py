"""Receivables: customers, sales invoices and credit notes, payments collected and their
allocation to invoices (matching), customer credit, refunds, doubtful customers,
receipts with their own series, stamp duty on cash payments, and customer history.

Modules: ``customers``, ``invoices``, ``payments`` (collections, credit, refunds),
``matching`` (the lettrage table), ``status`` (open amounts and statuses, derived, as
of any date), ``doubtful``, ``receipts``, ``stamp_duty``, ``history``.
Receivables builds on the ledger and the treasury and never imports payables.
"""
