// Progressive enhancements of the clinician pages; every page works without this file.
