"""The content plan: calendar reads, undoable changes, CSV import and export, rubrics,
posting times."""
