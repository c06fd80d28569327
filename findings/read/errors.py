"""The one error a reader raises: its message is the one-line reason a user sees."""


class ReadError(Exception):
    """A file that cannot be read; str(error) is a one-line reason."""
