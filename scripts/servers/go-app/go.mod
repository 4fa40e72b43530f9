module h1proof.dev/go-app

go 1.19
