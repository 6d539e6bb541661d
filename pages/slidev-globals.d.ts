// Slidev's print components (used by HandoutPage.vue) read two of its build-time flags in their
// templates; vue-tsc checks those templates against the component instance, so declare them there.
export {}

declare module 'vue' {
  interface ComponentCustomProperties {
    __SLIDEV_FEATURE_DRAWINGS__: boolean
    __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
  }
}
