/// The program's version: `seikyu --version` prints it, and the packaging scripts read it from
/// the built binary (packaging/build-deb.sh), so this line is the only place it is written.
enum SeikyuVersion {
    static let number = "0.9.0"
}
