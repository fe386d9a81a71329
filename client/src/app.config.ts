// `cloud: true` enables WeChat cloud development; Taro copies it into app.json (H5 ignores it).
// AppConfig's type lacks `cloud`, hence the widened object instead of an inline literal.
const config: Taro.AppConfig & { cloud: boolean } = {
  pages: ['pages/index/index'],
  window: {
    navigationBarTitleText: '社保断缴助手',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f6f8',
    backgroundTextStyle: 'light'
  },
  cloud: true
}

export default defineAppConfig(config)
