from policykg.kg.cli import main

main()
