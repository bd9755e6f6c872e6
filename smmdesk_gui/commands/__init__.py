"""``smmdesk-cli`` subcommands, one module per feature (see ``smmdesk_gui.cli``)."""
