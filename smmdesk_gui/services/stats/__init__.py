"""Stats: KPIs, figures by hand, CSV imports, live refresh, report rows."""
