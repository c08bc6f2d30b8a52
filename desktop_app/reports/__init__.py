"""Reports layer: plain data to PDF / xlsx / csv. No Qt."""
