"""Word: the .docx export and the re-import of a reviewed file."""
