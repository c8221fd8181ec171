"""What the Streamlit app's pages share: the cached workspace, safe text, the drafter and index indicator."""
