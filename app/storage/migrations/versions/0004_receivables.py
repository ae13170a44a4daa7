"""Receivables: customers, their invoices and credit notes (with lines), payments
collected and their cancellations, refunds, the matching table (lettrage), transfers to
doubtful customers, and payment receipts with their print log.

Everything but the customer record is append-only: triggers refuse updates and deletes.
A customer is edited but never deleted, and keeps its ledger partner.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


APPEND_ONLY = (
    "customer_invoice", "customer_invoice_line", "customer_collection",
    "customer_collection_cancel", "customer_refund", "customer_match", "customer_doubtful",
    "collection_receipt", "collection_receipt_print",
)
# Posted lines name the customer's partner: the link never moves, the row never goes.
CUSTOMER_TRIGGERS = (
    """CREATE TRIGGER customer_partner_fixed BEFORE UPDATE OF partner_id ON customer
       WHEN NEW.partner_id <> OLD.partner_id
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: a customer keeps its partner'); END""",
    """CREATE TRIGGER customer_no_delete BEFORE DELETE ON customer
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: customers cannot be deleted'); END""",
)


def _append_only_triggers(table: str) -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: {table} rows cannot be changed'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: {table} rows cannot be deleted'); END""",
    ]


def upgrade() -> None:
    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('registration_id', sa.String(length=50), nullable=False),
    sa.Column('vat_id', sa.String(length=50), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('payment_terms_days', sa.Integer(), nullable=False),
    sa.Column('credit_limit', sa.Integer(), nullable=True),
    sa.Column('max_dunning_level', sa.Integer(), nullable=False),
    sa.Column('excluded_from_dunning', sa.Boolean(), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('credit_limit IS NULL OR credit_limit >= 0', name=op.f('ck_customer_credit_limit')),
    sa.CheckConstraint('max_dunning_level BETWEEN 0 AND 3', name=op.f('ck_customer_dunning_level')),
    sa.CheckConstraint('payment_terms_days >= 0', name=op.f('ck_customer_terms')),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_customer_partner_id_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('code', name=op.f('uq_customer_code')),
    sa.UniqueConstraint('partner_id', name=op.f('uq_customer_partner_id'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index('ix_customer_name', ['name'], unique=False)

    op.create_table('customer_doubtful',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_doubtful_customer_id_customer')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_customer_doubtful_entry_id_journal_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_doubtful')),
    sa.UniqueConstraint('customer_id', name=op.f('uq_customer_doubtful_customer_id')),
    sa.UniqueConstraint('entry_id', name=op.f('uq_customer_doubtful_entry_id'))
    )
    op.create_table('customer_invoice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('net', sa.Integer(), nullable=False),
    sa.Column('vat', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('invoice','credit_note')", name=op.f('ck_customer_invoice_kind')),
    sa.CheckConstraint('total > 0', name=op.f('ck_customer_invoice_positive')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_invoice_customer_id_customer')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_customer_invoice_entry_id_journal_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_invoice')),
    sa.UniqueConstraint('entry_id', name=op.f('uq_customer_invoice_entry_id')),
    sa.UniqueConstraint('kind', 'number', name=op.f('uq_customer_invoice_kind_number'))
    )
    with op.batch_alter_table('customer_invoice', schema=None) as batch_op:
        batch_op.create_index('ix_customer_invoice_customer_due', ['customer_id', 'due_date'], unique=False)
        batch_op.create_index('ix_customer_invoice_date', ['date'], unique=False)

    op.create_table('customer_invoice_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('net', sa.Integer(), nullable=False),
    sa.Column('vat_rate', sa.String(length=10), nullable=False),
    sa.Column('vat', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_customer_invoice_line_account_id_account')),
    sa.ForeignKeyConstraint(['invoice_id'], ['customer_invoice.id'], name=op.f('fk_customer_invoice_line_invoice_id_customer_invoice')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_invoice_line')),
    sa.UniqueConstraint('invoice_id', 'line_no', name=op.f('uq_customer_invoice_line_invoice_id_line_no'))
    )
    op.create_table('customer_collection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('movement_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('stamp_duty', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=15), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount > 0 AND stamp_duty >= 0', name=op.f('ck_customer_collection_amounts')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_collection_customer_id_customer')),
    sa.ForeignKeyConstraint(['movement_id'], ['treasury_movement.id'], name=op.f('fk_customer_collection_movement_id_treasury_movement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_collection')),
    sa.UniqueConstraint('movement_id', name=op.f('uq_customer_collection_movement_id'))
    )
    with op.batch_alter_table('customer_collection', schema=None) as batch_op:
        batch_op.create_index('ix_customer_collection_customer_date', ['customer_id', 'date'], unique=False)

    op.create_table('customer_refund',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('movement_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=15), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_customer_refund_positive')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_refund_customer_id_customer')),
    sa.ForeignKeyConstraint(['movement_id'], ['treasury_movement.id'], name=op.f('fk_customer_refund_movement_id_treasury_movement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_refund')),
    sa.UniqueConstraint('movement_id', name=op.f('uq_customer_refund_movement_id'))
    )
    with op.batch_alter_table('customer_refund', schema=None) as batch_op:
        batch_op.create_index('ix_customer_refund_customer', ['customer_id'], unique=False)

    op.create_table('collection_receipt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('collection_id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=20), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('sequence_no', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['collection_id'], ['customer_collection.id'], name=op.f('fk_collection_receipt_collection_id_customer_collection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collection_receipt')),
    sa.UniqueConstraint('collection_id', name=op.f('uq_collection_receipt_collection_id')),
    sa.UniqueConstraint('number', name=op.f('uq_collection_receipt_number'))
    )
    with op.batch_alter_table('collection_receipt', schema=None) as batch_op:
        batch_op.create_index('ix_collection_receipt_series_year_no', ['series', 'fiscal_year', 'sequence_no'], unique=True)

    op.create_table('customer_collection_cancel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('collection_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('reversal_movement_id', sa.Integer(), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['collection_id'], ['customer_collection.id'], name=op.f('fk_customer_collection_cancel_collection_id_customer_collection')),
    sa.ForeignKeyConstraint(['reversal_movement_id'], ['treasury_movement.id'], name=op.f('fk_customer_collection_cancel_reversal_movement_id_treasury_movement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_collection_cancel')),
    sa.UniqueConstraint('collection_id', name=op.f('uq_customer_collection_cancel_collection_id'))
    )
    op.create_table('customer_match',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=True),
    sa.Column('refund_id', sa.Integer(), nullable=True),
    sa.Column('collection_id', sa.Integer(), nullable=True),
    sa.Column('credit_note_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('at_recording', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('(collection_id IS NULL) <> (credit_note_id IS NULL)', name=op.f('ck_customer_match_one_credit')),
    sa.CheckConstraint('(invoice_id IS NULL) <> (refund_id IS NULL)', name=op.f('ck_customer_match_one_debit')),
    sa.CheckConstraint('amount > 0', name=op.f('ck_customer_match_positive')),
    sa.ForeignKeyConstraint(['collection_id'], ['customer_collection.id'], name=op.f('fk_customer_match_collection_id_customer_collection')),
    sa.ForeignKeyConstraint(['credit_note_id'], ['customer_invoice.id'], name=op.f('fk_customer_match_credit_note_id_customer_invoice')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_match_customer_id_customer')),
    sa.ForeignKeyConstraint(['invoice_id'], ['customer_invoice.id'], name=op.f('fk_customer_match_invoice_id_customer_invoice')),
    sa.ForeignKeyConstraint(['refund_id'], ['customer_refund.id'], name=op.f('fk_customer_match_refund_id_customer_refund')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_match'))
    )
    with op.batch_alter_table('customer_match', schema=None) as batch_op:
        batch_op.create_index('ix_customer_match_collection', ['collection_id'], unique=False)
        batch_op.create_index('ix_customer_match_credit_note', ['credit_note_id'], unique=False)
        batch_op.create_index('ix_customer_match_customer', ['customer_id'], unique=False)
        batch_op.create_index('ix_customer_match_invoice', ['invoice_id', 'date', 'amount'], unique=False)

    op.create_table('collection_receipt_print',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('copy_no', sa.Integer(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['collection_receipt.id'], name=op.f('fk_collection_receipt_print_receipt_id_collection_receipt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collection_receipt_print'))
    )
    with op.batch_alter_table('collection_receipt_print', schema=None) as batch_op:
        batch_op.create_index('ix_collection_receipt_print_copy', ['receipt_id', 'copy_no'], unique=True)

    for statement in CUSTOMER_TRIGGERS:
        op.execute(statement)
    for table in APPEND_ONLY:
        for statement in _append_only_triggers(table):
            op.execute(statement)

def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS customer_partner_fixed")
    op.execute("DROP TRIGGER IF EXISTS customer_no_delete")
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    with op.batch_alter_table('collection_receipt_print', schema=None) as batch_op:
        batch_op.drop_index('ix_collection_receipt_print_copy')

    op.drop_table('collection_receipt_print')
    with op.batch_alter_table('customer_match', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_match_invoice')
        batch_op.drop_index('ix_customer_match_customer')
        batch_op.drop_index('ix_customer_match_credit_note')
        batch_op.drop_index('ix_customer_match_collection')

    op.drop_table('customer_match')
    op.drop_table('customer_collection_cancel')
    with op.batch_alter_table('collection_receipt', schema=None) as batch_op:
        batch_op.drop_index('ix_collection_receipt_series_year_no')

    op.drop_table('collection_receipt')
    with op.batch_alter_table('customer_refund', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_refund_customer')

    op.drop_table('customer_refund')
    with op.batch_alter_table('customer_collection', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_collection_customer_date')

    op.drop_table('customer_collection')
    op.drop_table('customer_invoice_line')
    with op.batch_alter_table('customer_invoice', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_invoice_date')
        batch_op.drop_index('ix_customer_invoice_customer_due')

    op.drop_table('customer_invoice')
    op.drop_table('customer_doubtful')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_name')

    op.drop_table('customer')
