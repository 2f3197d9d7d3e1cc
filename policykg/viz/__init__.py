"""Interactive HTML views (built on the store; see the views issue)."""
