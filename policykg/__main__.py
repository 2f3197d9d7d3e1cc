from policykg.cli.main import main

main()
