from kynangso.cli import main

main()
