"""Dataset contents in and out: multipart uploads, verification, exports for download."""
