// The strict reference server passes section 5 and the build succeeds with every report written.
def log = new File(basedir, 'build.log').text
assert log.contains('h1proof: 44 passed, 0 failed')
assert log.contains('h1proof: gate passed (fail on MUST and above)')
assert log.contains('h1proof: stopped the server on port')
assert log.contains('BUILD SUCCESS')
def xml = new File(basedir, 'target/surefire-reports/TEST-h1proof.xml').text
assert xml.contains('RFC9112-5.1-whitespace-before-colon')
assert !xml.contains('<failure')
['report.json', 'junit.xml', 'report.html', 'summary.md'].each {
  assert new File(basedir, 'target/h1proof/' + it).isFile() : it
}
return true
