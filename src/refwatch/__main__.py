from refwatch.cli import main

main()
