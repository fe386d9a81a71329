// Stylesheets imported by components are nothing in the client's unit tests.
export default {};
