package main

func main() {
}

}
