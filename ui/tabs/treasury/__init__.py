"""The Bank & cash tab: bank accounts and cash boxes, their registers, movements,
transfers, reversals and the register export."""
