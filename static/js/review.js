// Progressive enhancements of the review pages; every page works without this file.
