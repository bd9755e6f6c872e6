"""The Accounts screen: connect, test, reconnect and remove social accounts."""
