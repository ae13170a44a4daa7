"""Treasury: bank accounts and cash boxes, categories, movements, transfers, recurring
items. Movements and transfers are records of posted entries: immutable like them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


IMMUTABLE_TABLES = ("treasury_movement", "treasury_transfer")


def _immutability_triggers(table: str) -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: {table} rows cannot be changed'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: {table} rows cannot be deleted'); END""",
    ]


def upgrade() -> None:
    op.create_table('treasury_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('bank_name', sa.String(length=100), nullable=False),
    sa.Column('iban', sa.String(length=34), nullable=False),
    sa.Column('bic', sa.String(length=11), nullable=False),
    sa.Column('national_number', sa.String(length=40), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('journal_code', sa.String(length=10), nullable=False),
    sa.Column('opening_date', sa.Date(), nullable=False),
    sa.Column('keeper', sa.String(length=100), nullable=False),
    sa.Column('cash_limit', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('bank','cash')", name=op.f('ck_treasury_account_kind')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_treasury_account_account_id_account')),
    sa.ForeignKeyConstraint(['journal_code'], ['journal.code'], name=op.f('fk_treasury_account_journal_code_journal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_treasury_account')),
    sa.UniqueConstraint('account_id', name=op.f('uq_treasury_account_account_id'))
    )
    op.create_table('treasury_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('vat_rate', sa.String(length=10), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("direction IN ('in','out')", name=op.f('ck_treasury_category_direction')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_treasury_category_account_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_treasury_category'))
    )
    op.create_table('treasury_recurring',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('treasury_account_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('day_of_month', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("direction IN ('in','out')", name=op.f('ck_treasury_recurring_direction')),
    sa.CheckConstraint('amount > 0', name=op.f('ck_treasury_recurring_positive')),
    sa.CheckConstraint('day_of_month BETWEEN 1 AND 31', name=op.f('ck_treasury_recurring_day')),
    sa.ForeignKeyConstraint(['category_id'], ['treasury_category.id'], name=op.f('fk_treasury_recurring_category_id_treasury_category')),
    sa.ForeignKeyConstraint(['treasury_account_id'], ['treasury_account.id'], name=op.f('fk_treasury_recurring_treasury_account_id_treasury_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_treasury_recurring'))
    )
    op.create_table('treasury_transfer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('from_account_id', sa.Integer(), nullable=False),
    sa.Column('to_account_id', sa.Integer(), nullable=False),
    sa.Column('amount_sent', sa.Integer(), nullable=False),
    sa.Column('amount_received', sa.Integer(), nullable=False),
    sa.Column('rate', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('reversal_of_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['from_account_id'], ['treasury_account.id'], name=op.f('fk_treasury_transfer_from_account_id_treasury_account')),
    sa.ForeignKeyConstraint(['reversal_of_id'], ['treasury_transfer.id'], name=op.f('fk_treasury_transfer_reversal_of_id_treasury_transfer')),
    sa.ForeignKeyConstraint(['to_account_id'], ['treasury_account.id'], name=op.f('fk_treasury_transfer_to_account_id_treasury_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_treasury_transfer')),
    sa.UniqueConstraint('reversal_of_id', name=op.f('uq_treasury_transfer_reversal_of_id'))
    )
    op.create_table('treasury_movement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('treasury_account_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('value_date', sa.Date(), nullable=True),
    sa.Column('counterparty', sa.String(length=200), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('net', sa.Integer(), nullable=False),
    sa.Column('vat_rate', sa.String(length=10), nullable=False),
    sa.Column('vat', sa.Integer(), nullable=False),
    sa.Column('stamp_duty', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('base_debit', sa.Integer(), nullable=False),
    sa.Column('base_credit', sa.Integer(), nullable=False),
    sa.Column('payment_method', sa.String(length=15), nullable=False),
    sa.Column('cheque_number', sa.String(length=30), nullable=False),
    sa.Column('invoice_ref', sa.String(length=50), nullable=False),
    sa.Column('invoice_date', sa.Date(), nullable=True),
    sa.Column('order_ref', sa.String(length=50), nullable=False),
    sa.Column('order_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('transfer_id', sa.Integer(), nullable=True),
    sa.Column('reversal_of_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("direction IN ('in','out')", name=op.f('ck_treasury_movement_direction')),
    sa.CheckConstraint('net >= 0 AND vat >= 0 AND stamp_duty >= 0 AND total >= 0', name=op.f('ck_treasury_movement_non_negative')),
    sa.ForeignKeyConstraint(['category_id'], ['treasury_category.id'], name=op.f('fk_treasury_movement_category_id_treasury_category')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_treasury_movement_entry_id_journal_entry')),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_treasury_movement_partner_id_partner')),
    sa.ForeignKeyConstraint(['reversal_of_id'], ['treasury_movement.id'], name=op.f('fk_treasury_movement_reversal_of_id_treasury_movement')),
    sa.ForeignKeyConstraint(['transfer_id'], ['treasury_transfer.id'], name=op.f('fk_treasury_movement_transfer_id_treasury_transfer')),
    sa.ForeignKeyConstraint(['treasury_account_id'], ['treasury_account.id'], name=op.f('fk_treasury_movement_treasury_account_id_treasury_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_treasury_movement')),
    sa.UniqueConstraint('entry_id', name=op.f('uq_treasury_movement_entry_id')),
    sa.UniqueConstraint('reversal_of_id', name=op.f('uq_treasury_movement_reversal_of_id'))
    )
    with op.batch_alter_table('treasury_movement', schema=None) as batch_op:
        batch_op.create_index('ix_treasury_movement_account_date', ['treasury_account_id', 'date', 'category_id', 'kind', 'direction', 'base_debit', 'base_credit'], unique=False)
        batch_op.create_index('ix_treasury_movement_category_date', ['category_id', 'date'], unique=False)


    # A register pages through one account's lines in (date, id) order: this index
    # serves that order directly (rowid is the index's implicit last column).
    op.create_index('ix_journal_line_account_date_id', 'journal_line', ['account_id', 'entry_date'])
    for table in IMMUTABLE_TABLES:
        for statement in _immutability_triggers(table):
            op.execute(statement)

def downgrade() -> None:
    op.drop_index('ix_journal_line_account_date_id', 'journal_line')
    for table in IMMUTABLE_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    with op.batch_alter_table('treasury_movement', schema=None) as batch_op:
        batch_op.drop_index('ix_treasury_movement_category_date')
        batch_op.drop_index('ix_treasury_movement_account_date')

    op.drop_table('treasury_movement')
    op.drop_table('treasury_transfer')
    op.drop_table('treasury_recurring')
    op.drop_table('treasury_category')
    op.drop_table('treasury_account')
