// Progressive enhancements of the admin pages; every page works without this file.
