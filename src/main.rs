fn main() -> std::process::ExitCode {
    pagefeed::cli::main()
}
