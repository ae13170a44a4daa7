"""The journal tab: every posted line, filtered, with new entries, drafts and reversals."""
