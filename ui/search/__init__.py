"""Search field, result list (model + delegate) and facet counts."""
