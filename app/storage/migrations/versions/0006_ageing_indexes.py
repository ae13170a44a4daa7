"""Aged balance at a million lines: each matching row carries its invoice's date and
due date, and covering indexes let the aged balance sum invoices, matching and payments
per customer without fetching a row.

The open amount of an invoice is its total less its matching, so the open amounts per
bucket are the invoices' totals per bucket less the matching per bucket of its invoice:
two index scans instead of a seek per invoice. The copied dates never change (an
invoice is never edited); a trigger refuses a matching row whose copy is wrong.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

NO_UPDATE_TRIGGER = (
    """CREATE TRIGGER customer_match_no_update BEFORE UPDATE ON customer_match
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: customer_match rows cannot be changed'); END""")
DATES_TRIGGER = (
    """CREATE TRIGGER customer_match_invoice_dates BEFORE INSERT ON customer_match
       WHEN NEW.invoice_id IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM customer_invoice AS i WHERE i.id = NEW.invoice_id
              AND i.date IS NEW.invoice_date AND i.due_date IS NEW.invoice_due_date)
         OR NEW.invoice_id IS NULL AND (NEW.invoice_date IS NOT NULL
                                        OR NEW.invoice_due_date IS NOT NULL)
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: a matching copies its invoice''s dates'); END""")


def upgrade() -> None:
    op.add_column('customer_match', sa.Column('invoice_date', sa.Date(), nullable=True))
    op.add_column('customer_match', sa.Column('invoice_due_date', sa.Date(), nullable=True))
    # Existing rows get their copy once, the only update a matching row ever takes.
    op.execute("DROP TRIGGER customer_match_no_update")
    op.execute("""UPDATE customer_match SET
        invoice_date = (SELECT date FROM customer_invoice WHERE id = invoice_id),
        invoice_due_date = (SELECT due_date FROM customer_invoice WHERE id = invoice_id)
        WHERE invoice_id IS NOT NULL""")
    op.execute(NO_UPDATE_TRIGGER)
    op.execute(DATES_TRIGGER)

    op.drop_index('ix_customer_match_customer', table_name='customer_match')
    op.create_index('ix_customer_match_ageing', 'customer_match',
                    ['customer_id', 'date', 'invoice_due_date', 'invoice_date', 'amount',
                     'collection_id'], unique=False)
    op.create_index('ix_customer_invoice_ageing', 'customer_invoice',
                    ['customer_id', 'kind', 'date', 'due_date', 'total'], unique=False)
    op.drop_index('ix_customer_collection_customer_date', table_name='customer_collection')
    op.create_index('ix_customer_collection_customer_date_amount', 'customer_collection',
                    ['customer_id', 'date', 'amount'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_customer_collection_customer_date_amount',
                  table_name='customer_collection')
    op.create_index('ix_customer_collection_customer_date', 'customer_collection',
                    ['customer_id', 'date'], unique=False)
    op.drop_index('ix_customer_invoice_ageing', table_name='customer_invoice')
    op.drop_index('ix_customer_match_ageing', table_name='customer_match')
    op.create_index('ix_customer_match_customer', 'customer_match', ['customer_id'],
                    unique=False)
    op.execute("DROP TRIGGER customer_match_invoice_dates")
    # SQLite drops a column only when no trigger or index names it.
    op.execute("DROP TRIGGER customer_match_no_update")
    op.drop_column('customer_match', 'invoice_due_date')
    op.drop_column('customer_match', 'invoice_date')
    op.execute(NO_UPDATE_TRIGGER)
