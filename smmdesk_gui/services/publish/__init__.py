"""Publishing: the queue, the owner's decisions, images ready to send, the OS scheduler."""
