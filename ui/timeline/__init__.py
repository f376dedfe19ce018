"""The timeline of reforms with eras and packages."""
