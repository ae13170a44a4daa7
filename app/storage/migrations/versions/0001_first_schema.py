"""First schema: company, chart of accounts, journal, numbering, drafts.

Posted journal rows are made immutable here by triggers, so that no code path
(nor a hand-edit with an SQLite browser that keeps triggers) can rewrite history.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


# Posted rows are final: the service never updates them, and these triggers make sure
# nothing else does either. A line may only be added to the newest entry, in the same
# posting transaction; the hash chain catches anything that slips past.
IMMUTABILITY_TRIGGERS = (
    """CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: posted entries cannot be changed'); END""",
    """CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: posted entries cannot be deleted'); END""",
    """CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: posted lines cannot be changed'); END""",
    """CREATE TRIGGER journal_line_no_delete BEFORE DELETE ON journal_line
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: posted lines cannot be deleted'); END""",
    """CREATE TRIGGER journal_line_only_newest_entry BEFORE INSERT ON journal_line
       WHEN NEW.entry_id <> (SELECT max(id) FROM journal_entry)
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: lines can only be added to the entry being posted'); END""",
    """CREATE TRIGGER number_sequence_gapless BEFORE UPDATE ON number_sequence
       WHEN NEW.last_number <> OLD.last_number + 1
         OR NEW.doc_type <> OLD.doc_type OR NEW.series <> OLD.series
         OR NEW.fiscal_year <> OLD.fiscal_year
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: numbers are taken one at a time'); END""",
    """CREATE TRIGGER number_sequence_no_delete BEFORE DELETE ON number_sequence
       BEGIN SELECT RAISE(ABORT, 'COMPTOIR_IMMUTABLE: number sequences cannot be deleted'); END""",
)
TRIGGER_NAMES = (
    "journal_entry_no_update", "journal_entry_no_delete", "journal_line_no_update",
    "journal_line_no_delete", "journal_line_only_newest_entry", "number_sequence_gapless",
    "number_sequence_no_delete",
)


def upgrade() -> None:
    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('type', sa.String(length=10), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('role', sa.String(length=40), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("type IN ('asset','liability','equity','income','expense')", name=op.f('ck_account_type')),
    sa.ForeignKeyConstraint(['parent_id'], ['account.id'], name=op.f('fk_account_parent_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('code', name=op.f('uq_account_code')),
    sa.UniqueConstraint('role', name=op.f('uq_account_role'))
    )
    op.create_table('company',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('registration_id', sa.String(length=50), nullable=False),
    sa.Column('vat_id', sa.String(length=50), nullable=False),
    sa.Column('other_ids', sa.Text(), nullable=False),
    sa.Column('base_currency', sa.String(length=3), nullable=False),
    sa.Column('locale', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('chart_template', sa.String(length=20), nullable=False),
    sa.Column('fiscal_year_start_month', sa.Integer(), nullable=False),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.Column('lock_date', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company'))
    )
    op.create_table('journal',
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_journal'))
    )
    op.create_table('number_sequence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.String(length=30), nullable=False),
    sa.Column('series', sa.String(length=20), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_sequence')),
    sa.UniqueConstraint('doc_type', 'series', 'fiscal_year', name=op.f('uq_number_sequence_doc_type_series_fiscal_year'))
    )
    op.create_table('partner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner'))
    )
    op.create_table('draft_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('journal_code', sa.String(length=10), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['journal_code'], ['journal.code'], name=op.f('fk_draft_entry_journal_code_journal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft_entry'))
    )
    op.create_table('journal_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('chain_index', sa.Integer(), nullable=False),
    sa.Column('journal_code', sa.String(length=10), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('reversal_of_id', sa.Integer(), nullable=True),
    sa.Column('posted_at', sa.DateTime(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['journal_code'], ['journal.code'], name=op.f('fk_journal_entry_journal_code_journal')),
    sa.ForeignKeyConstraint(['reversal_of_id'], ['journal_entry.id'], name=op.f('fk_journal_entry_reversal_of_id_journal_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_entry')),
    sa.UniqueConstraint('chain_index', name=op.f('uq_journal_entry_chain_index')),
    sa.UniqueConstraint('number', name=op.f('uq_journal_entry_number')),
    sa.UniqueConstraint('reversal_of_id', name=op.f('uq_journal_entry_reversal_of_id'))
    )
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_entry_date'), ['date'], unique=False)

    op.create_table('draft_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('account_code', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('debit', sa.Integer(), nullable=False),
    sa.Column('credit', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['draft_id'], ['draft_entry.id'], name=op.f('fk_draft_line_draft_id_draft_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft_line'))
    )
    op.create_table('journal_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('debit', sa.Integer(), nullable=False),
    sa.Column('credit', sa.Integer(), nullable=False),
    sa.Column('rate', sa.String(length=30), nullable=False),
    sa.Column('base_debit', sa.Integer(), nullable=False),
    sa.Column('base_credit', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('tax_code', sa.String(length=20), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.CheckConstraint('debit >= 0 AND credit >= 0 AND base_debit >= 0 AND base_credit >= 0', name=op.f('ck_journal_line_non_negative')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_journal_line_account_id_account')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_journal_line_entry_id_journal_entry')),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_journal_line_partner_id_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_line')),
    sa.UniqueConstraint('entry_id', 'line_no', name=op.f('uq_journal_line_entry_id_line_no'))
    )
    with op.batch_alter_table('journal_line', schema=None) as batch_op:
        batch_op.create_index('ix_journal_line_account_date', ['account_id', 'entry_date', 'base_debit', 'base_credit', 'debit', 'credit'], unique=False)
        batch_op.create_index('ix_journal_line_date_id', ['entry_date', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_line_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index('ix_journal_line_partner', ['partner_id'], unique=False)


    for statement in IMMUTABILITY_TRIGGERS:
        op.execute(statement)

def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('journal_line', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_line_partner')
        batch_op.drop_index(batch_op.f('ix_journal_line_entry_id'))
        batch_op.drop_index('ix_journal_line_date_id')
        batch_op.drop_index('ix_journal_line_account_date')

    op.drop_table('journal_line')
    op.drop_table('draft_line')
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_entry_date'))

    op.drop_table('journal_entry')
    op.drop_table('draft_entry')
    op.drop_table('partner')
    op.drop_table('number_sequence')
    op.drop_table('journal')
    op.drop_table('company')
    op.drop_table('account')
