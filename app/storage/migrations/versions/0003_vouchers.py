"""Vouchers printed at the cash desk (receipts, payment vouchers, discharge slips),
their prints and voids, and a key-value settings table. Vouchers, prints and voids
are append-only: triggers refuse updates and deletes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


APPEND_ONLY = ("voucher", "voucher_print", "voucher_void")


def _append_only_triggers(table: str) -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: {table} rows cannot be changed'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: {table} rows cannot be deleted'); END""",
    ]


def upgrade() -> None:
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('voucher',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('series', sa.String(length=20), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('sequence_no', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('movement_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('person_name', sa.String(length=200), nullable=False),
    sa.Column('person_id_number', sa.String(length=50), nullable=False),
    sa.Column('person_address', sa.Text(), nullable=False),
    sa.Column('purpose', sa.String(length=300), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('receipt','payment_voucher','discharge_slip')", name=op.f('ck_voucher_kind')),
    sa.ForeignKeyConstraint(['movement_id'], ['treasury_movement.id'], name=op.f('fk_voucher_movement_id_treasury_movement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voucher')),
    sa.UniqueConstraint('movement_id', name=op.f('uq_voucher_movement_id')),
    sa.UniqueConstraint('number', name=op.f('uq_voucher_number'))
    )
    with op.batch_alter_table('voucher', schema=None) as batch_op:
        batch_op.create_index('ix_voucher_kind_date', ['kind', 'date'], unique=False)
        batch_op.create_index('ix_voucher_series_year_no', ['kind', 'series', 'fiscal_year', 'sequence_no'], unique=True)

    op.create_table('voucher_print',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('voucher_id', sa.Integer(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('copy_no', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['voucher_id'], ['voucher.id'], name=op.f('fk_voucher_print_voucher_id_voucher')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voucher_print'))
    )
    with op.batch_alter_table('voucher_print', schema=None) as batch_op:
        batch_op.create_index('ix_voucher_print_copy', ['voucher_id', 'copy_no'], unique=True)
        batch_op.create_index(batch_op.f('ix_voucher_print_voucher_id'), ['voucher_id'], unique=False)

    op.create_table('voucher_void',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('voucher_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('reversal_movement_id', sa.Integer(), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['reversal_movement_id'], ['treasury_movement.id'], name=op.f('fk_voucher_void_reversal_movement_id_treasury_movement')),
    sa.ForeignKeyConstraint(['voucher_id'], ['voucher.id'], name=op.f('fk_voucher_void_voucher_id_voucher')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voucher_void')),
    sa.UniqueConstraint('voucher_id', name=op.f('uq_voucher_void_voucher_id'))
    )

    for table in APPEND_ONLY:
        for statement in _append_only_triggers(table):
            op.execute(statement)

def downgrade() -> None:
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    op.drop_table('voucher_void')
    with op.batch_alter_table('voucher_print', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voucher_print_voucher_id'))
        batch_op.drop_index('ix_voucher_print_copy')

    op.drop_table('voucher_print')
    with op.batch_alter_table('voucher', schema=None) as batch_op:
        batch_op.drop_index('ix_voucher_series_year_no')
        batch_op.drop_index('ix_voucher_kind_date')

    op.drop_table('voucher')
    op.drop_table('setting')
