"""The last question per chat and user, for follow-up questions.

Created 2026-11-26.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "bot_0002"
down_revision = "bot_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dialogue_context",
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("asked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("chat_id", "user_id"),
    )


def downgrade() -> None:
    op.drop_table("dialogue_context")
