// Stand-in for @tarojs/components in the client's unit tests (nothing is rendered; modules only need to load).
const element = () => null;
export const View = element;
export const Text = element;
export const Input = element;
export const Button = element;
