from jpprep.cli import main

raise SystemExit(main())
