"""Which packages the distribution holds (the rest of its configuration is pyproject.toml).

The code under sync/ and desktop/, plus the top-level resources/ folder installed as the
package omnidesk_resources: pyproject.toml can map a package to another folder
([tool.setuptools.package-dir]) but cannot add one to the packages it finds.
"""

from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["sync*", "desktop*"]), "omnidesk_resources"])
