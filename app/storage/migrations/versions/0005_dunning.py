"""Dunning: levels and their delays, letter templates per level and language, accounts
never reminded (settings, edited), the actions recorded with customers (calls, visits,
promises, notes, disputes opened and closed), and the runs with the letters they sent
and the invoices each letter reminded.

Actions, runs, letters and letter lines are append-only: triggers refuse updates and
deletes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


APPEND_ONLY = ("customer_action", "dunning_run", "dunning_letter", "dunning_letter_line")


def _append_only_triggers(table: str) -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: {table} rows cannot be changed'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: {table} rows cannot be deleted'); END""",
    ]

def upgrade() -> None:
    op.create_table('dunning_level',
    sa.Column('level', sa.String(length=1), nullable=False),
    sa.Column('delay_days', sa.Integer(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.CheckConstraint("level IN ('P','1','2','3')", name=op.f('ck_dunning_level_level')),
    sa.PrimaryKeyConstraint('level', name=op.f('pk_dunning_level'))
    )
    op.create_table('dunning_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('sequence_no', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_run')),
    sa.UniqueConstraint('number', name=op.f('uq_dunning_run_number'))
    )
    with op.batch_alter_table('dunning_run', schema=None) as batch_op:
        batch_op.create_index('ix_dunning_run_year_no', ['fiscal_year', 'sequence_no'], unique=True)

    op.create_table('dunning_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=1), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('header', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('footer', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("level IN ('P','1','2','3')", name=op.f('ck_dunning_template_level')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_template')),
    sa.UniqueConstraint('level', 'language', name=op.f('uq_dunning_template_level_language'))
    )
    op.create_table('dunning_excluded_account',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_dunning_excluded_account_account_id_account')),
    sa.PrimaryKeyConstraint('account_id', name=op.f('pk_dunning_excluded_account'))
    )
    op.create_table('dunning_letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=1), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('recipient', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('header', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('footer', sa.Text(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('credit_applied', sa.Integer(), nullable=False),
    sa.Column('total_due', sa.Integer(), nullable=False),
    sa.CheckConstraint("level IN ('P','1','2','3')", name=op.f('ck_dunning_letter_level')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_dunning_letter_customer_id_customer')),
    sa.ForeignKeyConstraint(['run_id'], ['dunning_run.id'], name=op.f('fk_dunning_letter_run_id_dunning_run')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_letter')),
    sa.UniqueConstraint('run_id', 'customer_id', name=op.f('uq_dunning_letter_run_id_customer_id'))
    )
    with op.batch_alter_table('dunning_letter', schema=None) as batch_op:
        batch_op.create_index('ix_dunning_letter_customer', ['customer_id'], unique=False)

    op.create_table('customer_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=15), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('promised_date', sa.Date(), nullable=True),
    sa.Column('promised_amount', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('phone','visit','promise','dispute','dispute_closed','note')", name=op.f('ck_customer_action_kind')),
    sa.CheckConstraint("kind NOT IN ('dispute','dispute_closed') OR invoice_id IS NOT NULL", name=op.f('ck_customer_action_dispute_invoice')),
    sa.CheckConstraint('promised_amount IS NULL OR promised_amount > 0', name=op.f('ck_customer_action_promised')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_action_customer_id_customer')),
    sa.ForeignKeyConstraint(['invoice_id'], ['customer_invoice.id'], name=op.f('fk_customer_action_invoice_id_customer_invoice')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_action'))
    )
    with op.batch_alter_table('customer_action', schema=None) as batch_op:
        batch_op.create_index('ix_customer_action_customer_date', ['customer_id', 'date'], unique=False)
        batch_op.create_index('ix_customer_action_invoice', ['invoice_id'], unique=False)

    op.create_table('dunning_letter_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=1), nullable=False),
    sa.Column('open_amount', sa.Integer(), nullable=False),
    sa.Column('credit_applied', sa.Integer(), nullable=False),
    sa.Column('days_late', sa.Integer(), nullable=False),
    sa.CheckConstraint("level IN ('P','1','2','3')", name=op.f('ck_dunning_letter_line_level')),
    sa.CheckConstraint('open_amount > 0 AND credit_applied >= 0', name=op.f('ck_dunning_letter_line_amounts')),
    sa.ForeignKeyConstraint(['invoice_id'], ['customer_invoice.id'], name=op.f('fk_dunning_letter_line_invoice_id_customer_invoice')),
    sa.ForeignKeyConstraint(['letter_id'], ['dunning_letter.id'], name=op.f('fk_dunning_letter_line_letter_id_dunning_letter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_letter_line')),
    sa.UniqueConstraint('letter_id', 'invoice_id', name=op.f('uq_dunning_letter_line_letter_id_invoice_id'))
    )
    with op.batch_alter_table('dunning_letter_line', schema=None) as batch_op:
        batch_op.create_index('ix_dunning_letter_line_invoice', ['invoice_id'], unique=False)

    for table in APPEND_ONLY:
        for statement in _append_only_triggers(table):
            op.execute(statement)


def downgrade() -> None:
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    with op.batch_alter_table('dunning_letter_line', schema=None) as batch_op:
        batch_op.drop_index('ix_dunning_letter_line_invoice')

    op.drop_table('dunning_letter_line')
    with op.batch_alter_table('customer_action', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_action_invoice')
        batch_op.drop_index('ix_customer_action_customer_date')

    op.drop_table('customer_action')
    with op.batch_alter_table('dunning_letter', schema=None) as batch_op:
        batch_op.drop_index('ix_dunning_letter_customer')

    op.drop_table('dunning_letter')
    op.drop_table('dunning_excluded_account')
    op.drop_table('dunning_template')
    with op.batch_alter_table('dunning_run', schema=None) as batch_op:
        batch_op.drop_index('ix_dunning_run_year_no')

    op.drop_table('dunning_run')
    op.drop_table('dunning_level')
